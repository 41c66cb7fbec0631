import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{g as a}from"./chunk-MYGOWLIH.js";import"./chunk-CXGDKM66.js";import"./chunk-5DMED3QK.js";export default a();
