import type { DomainDefinition } from '../definition/domain-definition.js'
import type { DefinitionIssue } from '../errors.js'
import { isIntrinsic } from '../intrinsic.js'

const CDK_PREFIX = /^[a-z0-9-]+$/
const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const RESERVED = ['aws', 'amazon', 'cognito'] as const
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[\w-]+$/

/**
 * The CDK's domain rules (same rule codes) and the service limits it misses: prefix length and
 * hyphens, reserved words, a valid custom domain name, a us-east-1 certificate.
 */
export function validateDomain(path: string, domain: DomainDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = []
  if ((domain.cognitoDomain === undefined) === (domain.customDomain === undefined)) {
    issues.push({
      path,
      rule: 'ExactlyOneDomainRequired',
      message: 'One of, and only one of, cognitoDomain or customDomain must be specified',
    })
  }
  // Intrinsics are not checked, as the CDK skips tokens.
  const prefix = domain.cognitoDomain?.domainPrefix
  if (prefix !== undefined && !isIntrinsic(prefix)) {
    const at = `${path}.cognitoDomain.domainPrefix`
    if (prefix !== '' && !CDK_PREFIX.test(prefix)) {
      issues.push({
        path: at,
        rule: 'DomainPrefixCognitoDomainContain',
        message: `domainPrefix for cognitoDomain can contain only lowercase alphabets, numbers and hyphens; received ${JSON.stringify(prefix)}`,
      })
    } else if (!PREFIX.test(prefix)) {
      issues.push({
        path: at,
        rule: 'DomainPrefixInvalid',
        message: `domainPrefix must be 1 to 63 characters and must not start or end with a hyphen; received ${JSON.stringify(prefix)}`,
      })
    }
    for (const word of RESERVED) {
      if (prefix.includes(word)) {
        issues.push({
          path: at,
          rule: 'DomainPrefixReservedWord',
          message: `domainPrefix cannot contain the reserved word '${word}'; received ${JSON.stringify(prefix)}`,
        })
      }
    }
  }
  const custom = domain.customDomain
  if (custom !== undefined && !isIntrinsic(custom.domainName)) {
    const labels = custom.domainName.split('.')
    if (custom.domainName.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l))) {
      issues.push({
        path: `${path}.customDomain.domainName`,
        rule: 'CustomDomainNameInvalid',
        message: `domainName must be a fully qualified lowercase domain name such as auth.example.com; received ${JSON.stringify(custom.domainName)}`,
      })
    }
    const arn = custom.certificateArn
    if (!isIntrinsic(arn)) {
      const match = CERTIFICATE_ARN.exec(arn)
      if (match === null) {
        issues.push({
          path: `${path}.customDomain.certificate`,
          rule: 'CertificateArnInvalid',
          message: `certificate must be the ARN of an ACM certificate; received ${JSON.stringify(arn)}`,
        })
      } else if (match[1] !== 'us-east-1') {
        issues.push({
          path: `${path}.customDomain.certificate`,
          rule: 'CertificateNotInUsEast1',
          message: `the certificate of a custom domain must be in us-east-1; received one in ${match[1]}`,
        })
      }
    }
  }
  return issues
}
