import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../src/features/compare/import/problem-list';
import { problem } from '../../../src/io/exchange/problems';

describe('ProblemList', () => {
  it('states sizes in the byte format of the rest of the app', () => {
    render(
      <ProblemList problems={[problem('too-large', '$', { size: 2_500_000, max: 2_000_000 })]} />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(
      'Het bestand is te groot (2,5 MB); een uitwisselingsbestand mag hoogstens 2 MB zijn.',
    );
  });
});
