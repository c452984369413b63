/**
 * Rewrites the events cognito-local sends into the shape real Cognito sends, so the same
 * validated handlers serve both. cognito-local (5.x) deviates in two ways that matter:
 *
 * - every event has `version: "0"` (Cognito sends `"1"`; its pre token generation is V1 only);
 * - pre token generation events carry an empty `groupConfiguration` (`{}`), where Cognito sends
 *   the group, role and preferred-role fields.
 *
 * Anything else is passed through untouched.
 *
 * @example
 * ```ts
 * const host = await startLambdaHost({ functions: { 'pre-token': handler }, adaptEvent: cognitoLocalEvents })
 * ```
 */
export function cognitoLocalEvents(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event
  const e = event as Record<string, unknown>
  const out: Record<string, unknown> = { ...e }
  if (e.version === '0') out.version = '1'
  const request = e.request
  if (
    typeof e.triggerSource === 'string' &&
    e.triggerSource.startsWith('TokenGeneration_') &&
    typeof request === 'object' &&
    request !== null
  ) {
    const groups = ((request as Record<string, unknown>).groupConfiguration ?? {}) as Record<string, unknown>
    out.request = {
      ...request,
      groupConfiguration: {
        ...groups,
        groupsToOverride: groups.groupsToOverride ?? [],
        iamRolesToOverride: groups.iamRolesToOverride ?? [],
        preferredRole: groups.preferredRole ?? null,
      },
    }
  }
  return out
}
