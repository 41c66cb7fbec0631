const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a,b}from"./chunk-235RX6FC.js";import"./chunk-JMHJCQAO.js";export{b as checkBypass,a as getProxyUrl};
