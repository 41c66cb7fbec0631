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

  /** Runs one issues API call; a failure says what was being done and which token lacks what. */
  private async attempt<T>(what: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (error) {
      throw explain(error, what, 'issues', this.name)
    }
  }

  /** The open freeze issue (the oldest with a readable record). */
  async find(): Promise<FoundFreeze> {
    const {owner, repo} = this.repository
    const issues = await this.attempt(`Looking for the open '${FREEZE_LABEL}' issue`, async () =>
      this.client.paginate(this.client.rest.issues.listForRepo, {
        owner,
        repo,
        state: 'open',
        labels: FREEZE_LABEL,
        sort: 'created',
        direction: 'asc',
        per_page: 100
      })
    )
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
    return this.attempt('Creating the freeze issue', async () => {
      const {data} = await this.client.rest.issues.create({
        owner,
        repo,
        title: title(record),
        body: body(record),
        labels: [FREEZE_LABEL]
      })
      return {number: data.number, url: data.html_url, record}
    })
  }

  async save(issue: FreezeIssue, record: FreezeRecord): Promise<FreezeIssue> {
    const {owner, repo} = this.repository
    await this.attempt(`Updating freeze issue #${issue.number}`, async () => {
      await this.client.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        title: title(record),
        body: body(record, issue.url)
      })
    })
    issue.record = record
    return issue
  }

  async close(issue: FreezeIssue, record: FreezeRecord, note: string): Promise<void> {
    const {owner, repo} = this.repository
    await this.attempt(`Closing freeze issue #${issue.number}`, async () => {
      await this.client.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        state: 'closed',
        state_reason: 'completed',
        body: `${note}\n\n${body(record, issue.url)}`
      })
    })
  }

  /** Whether the freeze issue already has a comment that says exactly `text`. */
  async hasComment(issue: FreezeIssue, text: string): Promise<boolean> {
    const {owner, repo} = this.repository
    return this.attempt(`Reading the comments of freeze issue #${issue.number}`, async () => {
      const comments = await this.client.paginate(this.client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue.number,
        per_page: 100
      })
      return comments.some(c => c.body?.trim() === text.trim())
    })
  }

  async comment(issue: FreezeIssue, text: string): Promise<void> {
    const {owner, repo} = this.repository
    await this.attempt(`Commenting on freeze issue #${issue.number}`, async () => {
      await this.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: issue.number,
        body: text
      })
    })
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
