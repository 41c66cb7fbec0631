import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a}from"./chunk-4XUW5SDC.js";import"./chunk-HQZPEAVT.js";import"./chunk-SJPKV7HI.js";export default a();
