import type {Revision} from '../../../../src/lib/helm/history.js'

/** A revision with plausible defaults; `rollbackOf` is read from a "Rollback to N" description. */
export function rev(
  revision: number,
  status: string,
  appVersion = `1.${revision}.0`,
  extra: Partial<Revision> = {}
): Revision {
  const description =
    extra.description ?? (revision === 1 ? 'Install complete' : 'Upgrade complete')
  const rollback = /^Rollback to (\d+)$/.exec(description)
  return {
    revision,
    status,
    chart: `app-${appVersion}`,
    appVersion,
    updated: new Date(Date.UTC(2026, 7, revision, 10)),
    description,
    rollbackOf: rollback ? Number(rollback[1]) : undefined,
    ...extra
  }
}
