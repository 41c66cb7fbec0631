// The YAML parser, behind a module of our own for config.ts's import(): a bundled CommonJS
// package imported with import() directly gets only a default export, so the names would be
// missing; a static re-export here keeps them.
export {isMap, isSeq, parseDocument} from 'yaml'
