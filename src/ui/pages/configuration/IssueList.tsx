import { Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { Alert } from '../../components/Alert.tsx';
import { isApiError, type ApiIssue } from '../../api/client.ts';
import { errorMessage } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { configurationPath } from './configuration-api.ts';

/** Every problem the server found, each with where it is in the configuration. */
export function IssueList({ error, shown = [] }: { error: unknown; shown?: string[] }) {
  const { t } = useI18n();
  if (!error) return null;
  const issues: ApiIssue[] = isApiError(error) ? error.issues.filter((i) => !shown.includes(i.path)) : [];
  return (
    <Alert type="error" className="samenspel-alert" data-testid="configuration-issues">
      <Paragraph>{errorMessage(error, t('error.title'))}</Paragraph>
      {issues.length > 0 ? (
        <UnorderedList>
          {issues.map((issue, index) => (
            <UnorderedListItem key={index}>
              <code>{configurationPath(issue.path) || issue.path}</code>: {issue.message}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
    </Alert>
  );
}
