import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a,b}from"./chunk-NANXG3SE.js";import"./chunk-46FNJHQ6.js";import"./chunk-MTBXGHRQ.js";import"./chunk-536K3VYG.js";export{a as DEFAULT_TIMEOUT_MS,b as createCommandRunner};
