import type { Schema, Struct } from '@strapi/strapi';

export interface NewsroomKeyFigure extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_key_figures';
  info: {
    description: 'A number the article rests on, with its unit, what it measures and when';
    displayName: 'Key figure';
    icon: 'chartBubble';
  };
  attributes: {
    label: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    period: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 100;
      }>;
    qualifier: Schema.Attribute.Enumeration<
      ['exact', 'about', 'more_than', 'less_than']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'exact'>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    value: Schema.Attribute.Float & Schema.Attribute.Required;
  };
}

export interface NewsroomQuote extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_quotes';
  info: {
    description: 'Words attributed to an expert, exactly as printed in the article';
    displayName: 'Quote';
    icon: 'quote';
  };
  attributes: {
    expert: Schema.Attribute.Relation<'oneToOne', 'plugin::newsroom.expert'>;
    kind: Schema.Attribute.Enumeration<['direct', 'paraphrase']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'direct'>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface NewsroomSource extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_sources';
  info: {
    description: 'Where a fact or a quote comes from';
    displayName: 'Source';
    icon: 'link';
  };
  attributes: {
    name: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'newsroom.key-figure': NewsroomKeyFigure;
      'newsroom.quote': NewsroomQuote;
      'newsroom.source': NewsroomSource;
    }
  }
}
