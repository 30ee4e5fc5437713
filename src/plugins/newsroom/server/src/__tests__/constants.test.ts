import entityTagSchema from '../content-types/entity-tag/schema.json';
import { TAG_TYPES } from '../constants';

describe('TAG_TYPES', () => {
  it("is the entity tag schema's type enum, in order", () => {
    expect([...TAG_TYPES]).toEqual(entityTagSchema.attributes.type.enum);
  });
});
