const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{f as a,g as b}from"./chunk-7QUUFQXR.js";import"./chunk-65SXJAKQ.js";import"./chunk-HE77LHTX.js";import"./chunk-USVDIEEW.js";import"./chunk-KJXEVMMX.js";import"./chunk-T6MC4LLJ.js";import"./chunk-UAWBDN3O.js";export{a as TOOL_TIMEOUT_MS,b as revert};
