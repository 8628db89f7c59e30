// The package's web address for citations: package.json `homepage`, else its `repository` URL (without the
// `git+` prefix and `.git` suffix npm allows), else null. Used by the build's `define` and by CITATION.cff.
export interface PackageLinks {
  readonly homepage?: string;
  readonly repository?: string | { readonly url?: string };
}

export function packageUrl(pkg: PackageLinks): string | null {
  return typeof pkg.homepage === "string" && pkg.homepage !== "" ? pkg.homepage : repositoryUrl(pkg);
}

/** The repository's address alone (for CITATION.cff's repository-code), or null. */
export function repositoryUrl(pkg: PackageLinks): string | null {
  const repo = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
  return typeof repo === "string" && repo !== "" ? repo.replace(/^git\+/, "").replace(/\.git$/, "") : null;
}
