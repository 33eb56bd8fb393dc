/**
 * Data: Rentan's one DynamoDB table, built from TABLE_DESIGN so the backend and the
 * infrastructure can never disagree on a key name.
 */
import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE_DESIGN, type KeyAttribute } from '../../functions/store/table-design';

export class DataStack extends Stack {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    this.table = new TableV2(this, 'Table', {
      partitionKey: attribute(TABLE_DESIGN.partitionKey),
      sortKey: attribute(TABLE_DESIGN.sortKey),
      globalSecondaryIndexes: TABLE_DESIGN.globalIndexes.map((index) => ({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      })),
      timeToLiveAttribute: TABLE_DESIGN.timeToLiveAttribute,
      // Rosters arrive in bursts (a submission season, then quiet months): pay per request.
      billing: Billing.onDemand(),
      // Rosters hold NIKs and claims decide who is covered: keep 35 days of restore points.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      // Deleting the stack must never delete the people registered in it.
      removalPolicy: RemovalPolicy.RETAIN,
      // Encrypted at rest with a key DynamoDB owns. A customer-managed key would add a second
      // place to lose the data (a disabled or deleted key makes the table and its backups
      // unreadable), a monthly fee, and KMS permissions on the function; access to the data
      // is governed instead by the function's table-only IAM policy. Switch to
      // TableEncryptionV2.customerManagedKey(key) if a regency's policy demands its own key.
      encryption: TableEncryptionV2.dynamoOwnedKey(),
    });
  }
}

function attribute(key: KeyAttribute): Attribute {
  return { name: key.name, type: key.type === 'S' ? AttributeType.STRING : AttributeType.NUMBER };
}
