const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{g as a}from"./chunk-LJSGHJTS.js";import"./chunk-QIUWQQNG.js";import"./chunk-SOQJ7EFJ.js";import"./chunk-Y5LDVANQ.js";import"./chunk-7L2VGD67.js";export default a();
