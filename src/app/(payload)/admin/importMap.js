import { ContentLocaleBanner as ContentLocaleBanner_1e65dffc2492d5c0cfddced9b27017f7 } from '@/components/admin/ContentLocaleBanner'
import { KeyFigureRowLabel as KeyFigureRowLabel_c102f7a74046d57edecbcd1a4334a4f3 } from '@/components/admin/KeyFigureRowLabel'
import { DataQualityIssues as DataQualityIssues_3b21a065653678a43424a29fe918a13a } from '@/components/admin/DataQualityIssues'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ExportMenuItems as ExportMenuItems_207dcb5413240126d5b7f7a3b8b80d85 } from '@/components/admin/ExportMenuItems'
import { ReviewActions as ReviewActions_7d49ba020347320f1985b4c3026ed00f } from '@/components/admin/ReviewActions'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { UserAction as UserAction_70da9214442836b1c8360c5b5ca33d22 } from '@/components/admin/UserAction'
import { TwoFactorField as TwoFactorField_12fce19517c987e93c621d36800b132a } from '@/components/admin/TwoFactorField'
import { InviteLink as InviteLink_cb85e0375b06f7ae68c2d815ecf143e4 } from '@/components/admin/InviteLink'
import { ReleasePanel as ReleasePanel_23323b8d19ae3fffac6a1df51d2bb0dc } from '@/components/admin/ReleasePanel'
import { AuditChanges as AuditChanges_0db3a2df1319d915d22da20f4d8e14aa } from '@/components/admin/AuditChanges'
import { GrappesIcon as GrappesIcon_6b65fd4d2bee5166a7eb5e13eaa97f83 } from '@/components/admin/GrappesIcon'
import { GrappesLogo as GrappesLogo_fc2727207e0f1d010f75135dcf9afb53 } from '@/components/admin/GrappesLogo'
import { SignInWithProvider as SignInWithProvider_0b779e17706eb5c6f8afb659393e8b2b } from '@/plugins/openIdConnect/components/SignInWithProvider'
import { SchedulesNavLink as SchedulesNavLink_f3a19fe8605ef46f83676568b5eb50ca } from '@/components/admin/SchedulesNavLink'
import { DataQualityNavLink as DataQualityNavLink_67e9061a3bd978d273af1837afefdb53 } from '@/components/admin/DataQualityNavLink'
import { ReviewQueue as ReviewQueue_3392d5d6e0be1caabbeee642652b3ef1 } from '@/components/admin/ReviewQueue'
import { RestoreOnlyForPublishers as RestoreOnlyForPublishers_2304ec02a99c621bcaf766e193a98970 } from '@/components/admin/RestoreOnlyForPublishers'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ScheduleRefusalProvider as ScheduleRefusalProvider_2656b112a15b6027ed87bc64a78aaed3 } from '@/components/admin/ScheduleRefusalProvider'
import { InviteView as InviteView_de825db7931acf4265612225a03f42c8 } from '@/components/admin/InviteView'
import { TwoFactorLoginView as TwoFactorLoginView_0c096a82d618beae940aa81c00014aed } from '@/components/admin/TwoFactorLoginView'
import { TwoFactorView as TwoFactorView_67953af1eb4858bfdc4748c31f507af0 } from '@/components/admin/TwoFactorView'
import { SchedulesView as SchedulesView_8635ca8bb36057a88a518a2bff80b530 } from '@/components/admin/SchedulesView'
import { DataQualityView as DataQualityView_2649fa93701b3fbc63c734c1d9910a60 } from '@/components/admin/DataQualityView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/ContentLocaleBanner#ContentLocaleBanner": ContentLocaleBanner_1e65dffc2492d5c0cfddced9b27017f7,
  "@/components/admin/KeyFigureRowLabel#KeyFigureRowLabel": KeyFigureRowLabel_c102f7a74046d57edecbcd1a4334a4f3,
  "@/components/admin/DataQualityIssues#DataQualityIssues": DataQualityIssues_3b21a065653678a43424a29fe918a13a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/ExportMenuItems#ExportMenuItems": ExportMenuItems_207dcb5413240126d5b7f7a3b8b80d85,
  "@/components/admin/ReviewActions#ReviewActions": ReviewActions_7d49ba020347320f1985b4c3026ed00f,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/components/admin/UserAction#UserAction": UserAction_70da9214442836b1c8360c5b5ca33d22,
  "@/components/admin/TwoFactorField#TwoFactorField": TwoFactorField_12fce19517c987e93c621d36800b132a,
  "@/components/admin/InviteLink#InviteLink": InviteLink_cb85e0375b06f7ae68c2d815ecf143e4,
  "@/components/admin/ReleasePanel#ReleasePanel": ReleasePanel_23323b8d19ae3fffac6a1df51d2bb0dc,
  "@/components/admin/AuditChanges#AuditChanges": AuditChanges_0db3a2df1319d915d22da20f4d8e14aa,
  "@/components/admin/GrappesIcon#GrappesIcon": GrappesIcon_6b65fd4d2bee5166a7eb5e13eaa97f83,
  "@/components/admin/GrappesLogo#GrappesLogo": GrappesLogo_fc2727207e0f1d010f75135dcf9afb53,
  "@/plugins/openIdConnect/components/SignInWithProvider#SignInWithProvider": SignInWithProvider_0b779e17706eb5c6f8afb659393e8b2b,
  "@/components/admin/SchedulesNavLink#SchedulesNavLink": SchedulesNavLink_f3a19fe8605ef46f83676568b5eb50ca,
  "@/components/admin/DataQualityNavLink#DataQualityNavLink": DataQualityNavLink_67e9061a3bd978d273af1837afefdb53,
  "@/components/admin/ReviewQueue#ReviewQueue": ReviewQueue_3392d5d6e0be1caabbeee642652b3ef1,
  "@/components/admin/RestoreOnlyForPublishers#RestoreOnlyForPublishers": RestoreOnlyForPublishers_2304ec02a99c621bcaf766e193a98970,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/components/admin/ScheduleRefusalProvider#ScheduleRefusalProvider": ScheduleRefusalProvider_2656b112a15b6027ed87bc64a78aaed3,
  "@/components/admin/InviteView#InviteView": InviteView_de825db7931acf4265612225a03f42c8,
  "@/components/admin/TwoFactorLoginView#TwoFactorLoginView": TwoFactorLoginView_0c096a82d618beae940aa81c00014aed,
  "@/components/admin/TwoFactorView#TwoFactorView": TwoFactorView_67953af1eb4858bfdc4748c31f507af0,
  "@/components/admin/SchedulesView#SchedulesView": SchedulesView_8635ca8bb36057a88a518a2bff80b530,
  "@/components/admin/DataQualityView#DataQualityView": DataQualityView_2649fa93701b3fbc63c734c1d9910a60,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
