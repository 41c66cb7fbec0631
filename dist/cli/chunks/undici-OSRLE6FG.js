import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{e as a}from"./chunk-CWCKPWLZ.js";import"./chunk-OXGUZ4Y4.js";import"./chunk-SIT7TSOS.js";import"./chunk-OEOIS5C6.js";import"./chunk-SJPKV7HI.js";export default a();
