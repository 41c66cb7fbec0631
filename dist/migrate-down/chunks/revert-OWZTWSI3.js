import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{f as a,g as b}from"./chunk-PUZ7FIPC.js";import"./chunk-U5HKYRO6.js";import"./chunk-SWUSM5NP.js";import"./chunk-BB53WFE3.js";import"./chunk-LDHQLOLS.js";import"./chunk-FO4SLWPV.js";import"./chunk-2DJKJ7C4.js";import"./chunk-KQXP4XMT.js";export{a as TOOL_TIMEOUT_MS,b as revert};
