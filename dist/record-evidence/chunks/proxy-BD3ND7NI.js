import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a,b}from"./chunk-LPMX7Y7U.js";import"./chunk-5DMED3QK.js";export{b as checkBypass,a as getProxyUrl};
