const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a,b}from"./chunk-7ZXOS42A.js";import"./chunk-MGL4VCJQ.js";export{b as checkBypass,a as getProxyUrl};
