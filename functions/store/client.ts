/**
 * The DynamoDB connection a host hands to the store. Hosts (Lambda, the local stack) get it from
 * here so that only the store imports the AWS SDK, and so only the store can build keys.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export type { DynamoDBClient };

/** A client configured from the environment (region, credentials), as Lambda provides them. */
export function dynamoFromEnvironment(): DynamoDBClient {
  return new DynamoDBClient({});
}
