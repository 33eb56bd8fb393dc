/**
 * The shape of Rentan's single DynamoDB table: attribute names of its keys and indexes.
 *
 * This is the one definition both the backend (functions/store/) and the CDK data stack
 * (infra/aws/) read, so a key renamed here is renamed everywhere. Key *values* (the tenant prefix,
 * entity prefixes) are built only in functions/store/.
 */
export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S' | 'N';
}

export interface IndexDesign {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
}

export interface TableDesign {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly globalIndexes: readonly IndexDesign[];
  /** Attribute holding an epoch-seconds expiry (idempotency records), or undefined for none. */
  readonly timeToLiveAttribute?: string;
}

export const TABLE_DESIGN = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [
    {
      indexName: 'gsi1',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
    },
  ],
  timeToLiveAttribute: 'expiresAt',
} as const satisfies TableDesign;
