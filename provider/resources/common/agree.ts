// Attributes that are alternatives for one thing (a flavor's id and its name; a port and the network it is
// on) may all be set — Terraform's generated import configuration sets every one the read filled in — as long
// as they agree. Whether they do is a question for the cloud, so resources ask it where they resolve names;
// a contradiction is refused with both fields and both values named.
import { ValidationError } from '../../schema/validate';

export interface Contradiction {
  /** The resource (schema name) the error is about. */
  resource: string;
  /** The attribute that names the thing (`flavor_id`) and its value. */
  by: [string, string];
  /** The attribute that contradicts it (`flavor_name`), its value, and what the cloud says it should be. */
  other: [string, string];
  actual: string | null | undefined;
  /** What is named, for the message: `flavor`, `network`, `port`. */
  what: string;
  /** What the cloud's value is of the thing (`named`, `on network`), for the message. */
  relation: string;
}

/** The error for two alternatives that name different things: the second field is the one pointed at. */
export function contradiction(c: Contradiction): ValidationError {
  const [byField, byValue] = c.by;
  const [field, value] = c.other;
  const actual = c.actual === null || c.actual === undefined || c.actual === '' ? 'nothing' : `"${c.actual}"`;
  return new ValidationError(c.resource, [
    {
      path: field,
      message:
        `= "${value}" contradicts ${byField} = "${byValue}": that ${c.what} is ${c.relation} ${actual}. ` +
        `Set only one of ${byField} and ${field}, or both naming the same ${c.what}`,
    },
  ]);
}
