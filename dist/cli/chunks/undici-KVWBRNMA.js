import {createRequire as __rkRequire} from 'node:module';const require=__rkRequire(import.meta.url);
import{d as a}from"./chunk-67MNYM5P.js";import"./chunk-YAOGRUN7.js";import"./chunk-7MVE2RP4.js";import"./chunk-QKLKQQZG.js";import"./chunk-F6S46FXF.js";import"./chunk-UCL3DJ5A.js";import"./chunk-OC76CUHR.js";import"./chunk-SJPKV7HI.js";export default a();
