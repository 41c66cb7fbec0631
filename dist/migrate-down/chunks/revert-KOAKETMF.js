const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{f as a,g as b}from"./chunk-ANDMWKXC.js";import"./chunk-PDLDWDGW.js";import"./chunk-WMZBCZWD.js";import"./chunk-DNBH65LV.js";import"./chunk-25IUH2M5.js";import"./chunk-NMEYBZG6.js";import"./chunk-GI4T7FPW.js";export{a as TOOL_TIMEOUT_MS,b as revert};
