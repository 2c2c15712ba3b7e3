/**
 * OpenAPI 3.1 description of the public read-only API (X2, CONTRACT "Public JSON API").
 * Only endpoints that exist are listed; each issue adds its own (documents, services, search).
 */
const error = {
  description: 'Lỗi',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', examples: ['not_found'] }, message: { type: 'string', examples: ['Không tìm thấy bài viết.'] } } } },
      },
    },
  },
};

const paging = [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
];

const list = (ref: string) => ({
  type: 'object',
  required: ['items', 'page', 'pageSize', 'total'],
  properties: { items: { type: 'array', items: { $ref: ref } }, page: { type: 'integer' }, pageSize: { type: 'integer' }, total: { type: 'integer' } },
});

const json = (schema: object) => ({ description: 'Thành công', content: { 'application/json': { schema } } });

export function openApiDocument(serverUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cổng Số — API dữ liệu mở',
      version: '1.0.0',
      description:
        'API chỉ đọc của từng trang thông tin điện tử (Nghị định 42/2022, chia sẻ dữ liệu). Mỗi trang trả lời trên tên miền của mình; chỉ nội dung đã xuất bản. Ngày giờ theo ISO 8601.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/v1/site': { get: { summary: 'Trang hiện tại', responses: { 200: json({ $ref: '#/components/schemas/Site' }), 404: error } } },
      '/api/v1/sites': {
        get: { summary: 'Các trang (cổng gốc: tất cả; trang thành phần: cây con của nó)', parameters: paging, responses: { 200: json(list('#/components/schemas/Site')), 400: error } },
      },
      '/api/v1/articles': {
        get: {
          summary: 'Tin bài đã xuất bản, mới nhất trước',
          parameters: [...paging, { name: 'category', in: 'query', schema: { type: 'string' }, description: 'Đường dẫn (slug) chuyên mục' }, { name: 'lang', in: 'query', schema: { type: 'string', enum: ['vi', 'en'], default: 'vi' } }],
          responses: { 200: json(list('#/components/schemas/Article')), 400: error, 404: error },
        },
      },
      '/api/v1/articles/{slug}': {
        get: {
          summary: 'Một tin bài',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, { name: 'lang', in: 'query', schema: { type: 'string', enum: ['vi', 'en'] } }],
          responses: { 200: json({ $ref: '#/components/schemas/ArticleDetail' }), 404: error },
        },
      },
      '/api/health': { get: { summary: 'Tình trạng cơ sở dữ liệu, tìm kiếm, thư điện tử', responses: { 200: json({ type: 'object' }), 503: json({ type: 'object' }) } } },
    },
    components: {
      schemas: {
        Site: {
          type: 'object',
          required: ['id', 'name', 'kind', 'host', 'aliases', 'parentId', 'status', 'url'],
          properties: {
            id: { type: 'string', format: 'uuid' },
            name: { type: 'string' },
            nameEn: { type: ['string', 'null'] },
            kind: { type: 'string', enum: ['PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE', 'UNIT'] },
            host: { type: 'string' },
            aliases: { type: 'array', items: { type: 'string' } },
            parentId: { type: ['string', 'null'], format: 'uuid' },
            status: { type: 'string', enum: ['ACTIVE', 'SUSPENDED', 'ARCHIVED'] },
            url: { type: 'string', format: 'uri' },
            address: { type: ['string', 'null'] },
            phone: { type: ['string', 'null'] },
            email: { type: ['string', 'null'] },
          },
        },
        Article: {
          type: 'object',
          required: ['slug', 'title', 'sapo', 'author', 'source', 'publishedAt', 'categories', 'site', 'url'],
          properties: {
            slug: { type: 'string' },
            lang: { type: 'string', enum: ['vi', 'en'] },
            title: { type: 'string' },
            sapo: { type: 'string' },
            author: { type: ['string', 'null'] },
            source: { type: ['string', 'null'] },
            publishedAt: { type: 'string', format: 'date-time' },
            categories: { type: 'array', items: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } } },
            site: { type: 'object', properties: { host: { type: 'string' }, name: { type: 'string' } } },
            url: { type: 'string', format: 'uri' },
          },
        },
        ArticleDetail: {
          allOf: [{ $ref: '#/components/schemas/Article' }, { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } }, updatedAt: { type: 'string', format: 'date-time' }, bodyHtml: { type: 'string' } } }],
        },
      },
    },
  };
}
