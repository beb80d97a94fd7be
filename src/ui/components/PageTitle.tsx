import { Heading } from '@rijkshuisstijl-community/components-react';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

/** Sets document.title to "<title> — Samenspel". */
export function useDocumentTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.titleSuffix')}` : t('app.titleSuffix');
  }, [title, t]);
}

/** The page's single <h1>, which also sets the document title. */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  useDocumentTitle(title ?? (typeof children === 'string' ? children : ''));
  return (
    <Heading level={1} className="samenspel-page-title">
      {children}
    </Heading>
  );
}
