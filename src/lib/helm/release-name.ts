/** Helm's limit: release names become label values and resource-name prefixes. */
export const RELEASE_NAME_MAX = 53

// Helm's own check (chartutil.ValidateReleaseName): lowercase DNS-1123 subdomain parts.
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
// A Kubernetes namespace is a DNS-1123 label: no dots, at most 63 characters.
const NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/

/**
 * Says why helm would refuse a release name, or returns undefined when it is valid. Checked
 * before helm runs, so a bad name never reaches a command line.
 * @param name the release name as given
 * @returns the problem, phrased to follow "Input 'release' has the value '...': "
 */
export function releaseNameProblem(name: string): string | undefined {
  if (name.length > RELEASE_NAME_MAX) {
    return `is ${name.length} characters long; Helm release names are at most ${RELEASE_NAME_MAX}`
  }
  if (RELEASE_NAME.test(name)) return undefined
  const bad = /[^-a-z0-9.]/.exec(name)?.[0]
  const why =
    bad === undefined
      ? 'does not start and end with a letter or digit'
      : /[A-Z]/.test(bad)
        ? 'has upper-case letters'
        : /\s/.test(bad)
          ? 'has spaces'
          : `has the character '${bad}'`
  return `${why}; a Helm release name is lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. payments-api), as 'helm list' shows it`
}

/**
 * Says why a Kubernetes namespace name is invalid, or returns undefined when it is valid.
 * @param namespace the namespace as given
 * @returns the problem, or undefined
 */
export function namespaceProblem(namespace: string): string | undefined {
  if (namespace.length <= 63 && NAMESPACE.test(namespace)) return undefined
  return "expected a Kubernetes namespace: at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit (e.g. prod)"
}
