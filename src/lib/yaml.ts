// The YAML parser, behind a module of our own for the actions' import(): a bundled CommonJS
// package imported with import() directly gets only a default export, so its names would be
// missing; a static re-export here keeps them. Loaded only where there is YAML to parse
// (smoke-verify's checks, migrate-down's waiver).
export {isMap, isSeq, parse, parseDocument} from 'yaml'
