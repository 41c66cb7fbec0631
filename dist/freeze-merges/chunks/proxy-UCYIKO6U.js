const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a,b}from"./chunk-CBTSXESQ.js";import"./chunk-4JWHVBSG.js";export{b as checkBypass,a as getProxyUrl};
