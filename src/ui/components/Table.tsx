import { Table, TableBody, TableCaption, TableHeader, TableRow } from '@rijkshuisstijl-community/components-react';
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject, type ThHTMLAttributes } from 'react';

/** Column header cell with an explicit scope (the RHC TableHeaderCell drops `scope`). */
export function Th({ children, scope = 'col', className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  // Row headers look like the other cells of their row.
  const base = scope === 'row' ? 'utrecht-table__cell samenspel-row-header' : 'utrecht-table__header-cell';
  return (
    <th scope={scope} className={[base, className].filter(Boolean).join(' ')} {...rest}>
      {children}
    </th>
  );
}

function useOverflow(ref: RefObject<HTMLElement | null>): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflowing;
}

/** A data table with a caption and a header row; rows are rendered by the caller. */
export function DataTable({
  caption,
  captionHidden,
  headers,
  children,
  testId,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  headers: ReactNode[];
  children: ReactNode;
  testId?: string;
}) {
  const captionId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const overflowing = useOverflow(containerRef);
  // Only when the table is wider than the screen does the container scroll; then keyboard users
  // must be able to focus it, and it is labelled by the caption (WCAG 2.1.1).
  return (
    <div
      ref={containerRef}
      className="samenspel-table-container"
      {...(overflowing ? { role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } : {})}
    >
      <Table className="samenspel-table" data-testid={testId}>
        <TableCaption id={captionId} className={captionHidden ? 'samenspel-visually-hidden' : 'samenspel-table__caption'}>
          {caption}
        </TableCaption>
        <TableHeader>
          <TableRow>
            {headers.map((header, index) => (
              <Th key={index}>{header}</Th>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}
