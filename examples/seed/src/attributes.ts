/** Seed § Attributes: two standard attributes and the four custom attribute types. */
import { BooleanAttribute, DateTimeAttribute, NumberAttribute, StringAttribute, userPool } from '@cognito-kit/builder'

export const pools = {
  attributes: userPool('myuserpool', {
    standardAttributes: {
      fullname: { required: true, mutable: false },
      address: { required: false, mutable: true },
    },
    customAttributes: {
      myappid: new StringAttribute({ minLen: 5, maxLen: 15, mutable: false }),
      callingcode: new NumberAttribute({ min: 1, max: 3, mutable: true }),
      isEmployee: new BooleanAttribute({ mutable: true }),
      joinedOn: new DateTimeAttribute(),
    },
  }),
}
