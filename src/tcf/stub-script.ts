/** dist/tcf-stub.min.js (docs/contract.md §1): the stub a site puts in `<head>` before its ad tags. */
import { installStub } from './stub.js';

installStub();
