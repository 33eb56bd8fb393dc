export {
  FakeDocument,
  FakeSheet,
  FakeOfficeError,
  WEB_PAYLOAD_LIMIT,
  areaAddress,
  parseAddress,
  type Area,
  type Cell,
  type SyncRecord,
} from './document';
export { fakeExcelRun, FakeRequestContext } from './context';
