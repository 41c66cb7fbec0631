const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{f as a,g as b}from"./chunk-BLRDPLRZ.js";import"./chunk-BSLCHZ66.js";import"./chunk-UMZXYGUV.js";import"./chunk-3ZWV5KJ3.js";import"./chunk-MOSH6WYK.js";import"./chunk-FYXFNQ4D.js";import"./chunk-YXR3HF34.js";export{a as TOOL_TIMEOUT_MS,b as revert};
