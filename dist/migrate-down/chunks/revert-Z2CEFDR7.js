const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{f as a,g as b}from"./chunk-3KLQ6J5Y.js";import"./chunk-YSWLCBZX.js";import"./chunk-QWGHOCFB.js";import"./chunk-E7LLTBUX.js";import"./chunk-6VTMAOCL.js";import"./chunk-3PW76E7I.js";import"./chunk-ELIT7AOL.js";export{a as TOOL_TIMEOUT_MS,b as revert};
