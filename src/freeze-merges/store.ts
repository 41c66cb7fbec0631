// The freeze issue: open = frozen. It is the only store, so a later step on a fresh runner
// (or a person) finds the freeze and everything it changed.
import {UserError} from '../lib/errors.js'
import type {GitHubClient} from '../lib/github.js'
import type {Repository} from '../lib/inputs.js'
import {explain} from './permission.js'
import {FREEZE_LABEL, MAX_BODY, parseRecord, renderRecord, type FreezeRecord} from './record.js'

export interface FreezeIssue {
  number: number
  url: string
  record: FreezeRecord
}

export interface FoundFreeze {
  issue?: FreezeIssue
  /** Open freeze issues besides the one used (a race, or a damaged record). */
  ignored: number[]
}

export class FreezeStore {
  private readonly name: string

  constructor(
    private readonly client: GitHubClient,
    private readonly repository: Repository
  ) {
    this.name = `${repository.owner}/${repository.repo}`
  }

  /** The open freeze issue (the oldest with a readable record). */
  async find(): Promise<FoundFreeze> {
    const {owner, repo} = this.repository
    let issues: {number: number; html_url: string; body?: string | null; pull_request?: unknown}[]
    try {
      issues = await this.client.paginate(this.client.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: FREEZE_LABEL,
        sort: 'created',
        direction: 'asc',
        per_page: 100
      })
    } catch (error) {
      throw explain(error, `Looking for the open '${FREEZE_LABEL}' issue`, 'issues', this.name)
    }
    const found: FreezeIssue[] = []
    const ignored: number[] = []
    for (const issue of issues.filter(i => !i.pull_request)) {
      const record = parseRecord(issue.body)
      if (record && found.length === 0)
        found.push({number: issue.number, url: issue.html_url, record})
      else ignored.push(issue.number)
    }
    return {issue: found[0], ignored}
  }

  async create(record: FreezeRecord): Promise<FreezeIssue> {
    const {owner, repo} = this.repository
    try {
      const {data} = await this.client.rest.issues.create({
        owner,
        repo,
        title: title(record),
        body: body(record),
        labels: [FREEZE_LABEL]
      })
      return {number: data.number, url: data.html_url, record}
    } catch (error) {
      throw explain(error, 'Creating the freeze issue', 'issues', this.name)
    }
  }

  async save(issue: FreezeIssue, record: FreezeRecord): Promise<FreezeIssue> {
    const {owner, repo} = this.repository
    try {
      await this.client.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        title: title(record),
        body: body(record, issue.url)
      })
    } catch (error) {
      throw explain(error, `Updating freeze issue #${issue.number}`, 'issues', this.name)
    }
    issue.record = record
    return issue
  }

  async close(issue: FreezeIssue, record: FreezeRecord, note: string): Promise<void> {
    const {owner, repo} = this.repository
    try {
      await this.client.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed',
        body: `${note}\n\n${body(record, issue.url)}`
      })
    } catch (error) {
      throw explain(error, `Closing freeze issue #${issue.number}`, 'issues', this.name)
    }
  }

  /** Whether the freeze issue already has a comment that says exactly `text`. */
  async hasComment(issue: FreezeIssue, text: string): Promise<boolean> {
    const {owner, repo} = this.repository
    try {
      const comments = await this.client.paginate(this.client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue.number,
        per_page: 100
      })
      return comments.some(c => c.body?.trim() === text.trim())
    } catch (error) {
      throw explain(
        error,
        `Reading the comments of freeze issue #${issue.number}`,
        'issues',
        this.name
      )
    }
  }

  async comment(issue: FreezeIssue, text: string): Promise<void> {
    const {owner, repo} = this.repository
    try {
      await this.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: text
      })
    } catch (error) {
      throw explain(error, `Commenting on freeze issue #${issue.number}`, 'issues', this.name)
    }
  }
}

function title(record: FreezeRecord): string {
  const reason = record.reason ? `: ${record.reason}` : ''
  return `Merge freeze on ${record.branches.join(', ')}${reason}`.slice(0, 250)
}

function body(record: FreezeRecord, url?: string): string {
  const text = renderRecord(record, url)
  if (text.length > MAX_BODY) {
    throw new UserError(
      `The freeze record is ${text.length} characters, more than a GitHub issue body holds (${MAX_BODY}); nothing more was changed. Freeze fewer branches at once, or set disable-auto-merge: false.`
    )
  }
  return text
}
