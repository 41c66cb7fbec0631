import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{a,b}from"./chunk-HQQDK54I.js";import"./chunk-536K3VYG.js";export{b as checkBypass,a as getProxyUrl};
