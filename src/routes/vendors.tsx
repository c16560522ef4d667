import { VendorScreen } from '../features/vendors/vendor-screen';

/** `/vendors?q=…`: the same service's product name at six clouds. */
export function Component() {
  return <VendorScreen />;
}
