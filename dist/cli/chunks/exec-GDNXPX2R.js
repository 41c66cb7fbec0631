const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a,b}from"./chunk-H3MFJV5O.js";import"./chunk-3DPGNMO5.js";import"./chunk-R2UO3CXS.js";import"./chunk-7L2VGD67.js";export{a as DEFAULT_TIMEOUT_MS,b as createCommandRunner};
