const require=process.getBuiltinModule('node:module').createRequire(import.meta.url);
import{a as p}from"./chunk-5DQWGYLX.js";import"./chunk-QIUWQQNG.js";import{f as o}from"./chunk-7L2VGD67.js";var e=o(p(),1);var export_isMap=e.isMap;var export_isSeq=e.isSeq;var export_parseDocument=e.parseDocument;export{export_isMap as isMap,export_isSeq as isSeq,export_parseDocument as parseDocument};
