const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a as e}from"./chunk-5DQWGYLX.js";import"./chunk-QIUWQQNG.js";import{f as r}from"./chunk-7L2VGD67.js";var o=r(e(),1);var export_parse=o.parse;export{export_parse as parse};
