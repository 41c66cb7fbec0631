import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{g as a}from"./chunk-AW2AV46D.js";import"./chunk-OEOIS5C6.js";import"./chunk-SJPKV7HI.js";export default a();
