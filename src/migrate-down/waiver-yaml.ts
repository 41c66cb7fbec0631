// The YAML parser, behind a module of our own for waiver.ts's import(): a bundled CommonJS
// package imported with import() directly gets only a default export, so `.parse` would be
// missing; a static re-export here keeps the name.
export {parse} from 'yaml'
