import { Injectable } from '@nestjs/common';
import { toTreatyText, yDocToTreaty, type TreatyText } from '@treaty/treaty-schema';
import { DocumentRegistry } from '../collab/document-registry';

/** The draft's live text as structure, as `GET /text` serves it: what a revision freezes. */
@Injectable()
export class LiveText {
  constructor(private readonly documents: DocumentRegistry) {}

  read(draftId: string): Promise<TreatyText> {
    return this.documents.read(draftId, (doc) => toTreatyText(yDocToTreaty(doc)));
  }
}
