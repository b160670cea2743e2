import '@testing-library/jest-dom/vitest';
import '../packages/react/src/styles.css';
