import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { MouseEvent } from 'react';

type ToolName = 'addArticle' | 'addParagraph' | 'moveUp' | 'moveDown' | 'deleteArticle' | 'deleteParagraph';

interface Tool {
  name: ToolName;
  label: string;
  run: (editor: Editor) => boolean;
  danger?: boolean;
}

const TOOLS: readonly Tool[] = [
  { name: 'addArticle', label: 'Add article', run: (e) => e.chain().focus().addArticle().run() },
  { name: 'addParagraph', label: 'Add paragraph', run: (e) => e.chain().focus().addParagraph().run() },
  { name: 'moveUp', label: 'Move article up', run: (e) => e.chain().focus().moveArticle('up').run() },
  { name: 'moveDown', label: 'Move article down', run: (e) => e.chain().focus().moveArticle('down').run() },
  { name: 'deleteArticle', label: 'Delete article', run: (e) => e.chain().focus().deleteArticle().run(), danger: true },
  { name: 'deleteParagraph', label: 'Delete paragraph', run: (e) => e.chain().focus().deleteParagraph().run(), danger: true },
];

/** Which tools apply at the selection; recomputed by useEditorState only when it changes. */
function applicable(editor: Editor): Record<ToolName, boolean> {
  const can = editor.can();
  return {
    addArticle: can.addArticle(),
    addParagraph: can.addParagraph(),
    moveUp: can.moveArticle('up'),
    moveDown: can.moveArticle('down'),
    deleteArticle: can.deleteArticle(),
    deleteParagraph: can.deleteParagraph(),
  };
}

// Keeps the caret in the text: a button that took focus would leave the commands no selection.
const keepSelection = (event: MouseEvent) => {
  event.preventDefault();
};

export function EditorToolbar({ editor }: { editor: Editor }) {
  const enabled = useEditorState({ editor, selector: ({ editor: current }) => applicable(current) });
  return (
    <div role="toolbar" aria-label="Treaty structure" className="editor-toolbar">
      {TOOLS.map((tool) => (
        <button
          key={tool.name}
          type="button"
          className={tool.danger ? 'button button--quiet button--danger' : 'button button--quiet'}
          disabled={!enabled[tool.name]}
          onMouseDown={keepSelection}
          onClick={() => {
            tool.run(editor);
          }}
        >
          {tool.label}
        </button>
      ))}
    </div>
  );
}
