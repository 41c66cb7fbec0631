const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{g as a}from"./chunk-4YTWVYNV.js";import"./chunk-QIUWQQNG.js";import"./chunk-BBVXMF6U.js";import"./chunk-REMJHHHF.js";import"./chunk-7L2VGD67.js";export default a();
