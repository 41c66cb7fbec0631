import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{e as a}from"./chunk-TZPGNMSK.js";import"./chunk-OEOIS5C6.js";import"./chunk-SIT7TSOS.js";import"./chunk-SJPKV7HI.js";export default a();
