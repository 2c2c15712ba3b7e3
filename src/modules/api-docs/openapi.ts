import { DOCUMENT_GROUPS, DOCUMENT_TYPE_CODES, LEGAL_STATUS_CODES } from '@/modules/documents/document-types';
import { SEARCH_SOURCES } from '@/modules/search/search-sources';
import { SERVICE_LEVELS } from '@/modules/services/service-levels';

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
      '/api/v1/documents': {
        get: {
          summary: 'Văn bản đã công bố; số ký hiệu khớp chính xác đứng trước, sau đó mới nhất trước',
          parameters: [
            ...paging,
            { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Số ký hiệu hoặc từ trong trích yếu (không phân biệt dấu)' },
            { name: 'number', in: 'query', schema: { type: 'string' }, description: 'Số ký hiệu, khớp chính xác sau khi bỏ dấu, khoảng trắng và chữ hoa/thường (12/2024/qd-ubnd = 12/2024/QĐ-UBND)' },
            { name: 'type', in: 'query', schema: { type: 'string', enum: DOCUMENT_TYPE_CODES } },
            { name: 'group', in: 'query', schema: { type: 'string', enum: Object.keys(DOCUMENT_GROUPS) }, description: 'quy-hoach: chiến lược, quy hoạch, kế hoạch' },
            { name: 'field', in: 'query', schema: { type: 'string' }, description: 'Lĩnh vực, đúng như ghi trên văn bản' },
            { name: 'issuer', in: 'query', schema: { type: 'string' }, description: 'Cơ quan ban hành, đúng như ghi trên văn bản' },
            { name: 'year', in: 'query', schema: { type: 'integer', minimum: 1945, maximum: 2100 }, description: 'Năm ban hành' },
            { name: 'status', in: 'query', schema: { type: 'string', enum: LEGAL_STATUS_CODES }, description: 'Tình trạng hiệu lực tại ngày hôm nay' },
            { name: 'lang', in: 'query', schema: { type: 'string', enum: ['vi', 'en'], default: 'vi' } },
          ],
          responses: { 200: json(list('#/components/schemas/Document')), 400: error },
        },
      },
      '/api/v1/documents/{slug}': {
        get: {
          summary: 'Một văn bản',
          parameters: [{ name: 'slug', in: 'path', required: true, schema: { type: 'string' } }, { name: 'lang', in: 'query', schema: { type: 'string', enum: ['vi', 'en'] } }],
          responses: { 200: json({ $ref: '#/components/schemas/DocumentDetail' }), 404: error },
        },
      },
      '/api/v1/search': {
        get: {
          summary: 'Tìm kiếm nội dung đã công bố (cổng tỉnh tìm trên mọi trang đang hoạt động, trang thành phần chỉ tìm trong trang mình)',
          description:
            'Không phân biệt dấu, chữ hoa/thường, Unicode dựng sẵn hay tổ hợp; viết tắt UBND, HĐND, TTHC, QĐ, NĐ, NQ khớp với dạng đầy đủ và ngược lại; chấp nhận gõ sai một chữ cái trong từ dài. Văn bản có số ký hiệu trùng khớp đứng đầu.',
          parameters: [
            ...paging,
            { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 }, description: 'Từ khóa hoặc số ký hiệu, ví dụ "quyet dinh 12/2024" hoặc "12/2024/QĐ-UBND"' },
            { name: 'type', in: 'query', schema: { type: 'string' }, description: `Loại nội dung, một hoặc nhiều giá trị cách nhau bởi dấu phẩy: ${SEARCH_SOURCES.map((s) => `${s.type} (${s.label})`).join(', ')}` },
            { name: 'site', in: 'query', schema: { type: 'string' }, description: 'Chỉ trên cổng tỉnh: tên miền chính của một trang thành phần' },
            { name: 'field', in: 'query', schema: { type: 'string' }, description: 'Lĩnh vực, đúng như ghi trên nội dung' },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Từ ngày (YYYY-MM-DD, giờ Việt Nam), theo ngày ban hành/đăng' },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Đến ngày (YYYY-MM-DD), tính cả ngày đó' },
            { name: 'sort', in: 'query', schema: { type: 'string', enum: ['relevance', 'date'], default: 'relevance' }, description: 'relevance: liên quan nhất; date: mới nhất trước' },
          ],
          responses: {
            200: json({
              type: 'object',
              required: ['items', 'page', 'pageSize', 'total'],
              properties: {
                items: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
                page: { type: 'integer' },
                pageSize: { type: 'integer' },
                total: { type: 'integer' },
                totalCapped: { type: 'boolean', description: 'true khi có quá nhiều kết quả để đếm hết: total là số tối thiểu' },
                corrected: { type: ['string', 'null'], description: 'Từ khóa sau khi sửa từ gõ sai, nếu có' },
              },
            }),
            400: error,
            404: error,
            503: error,
          },
        },
      },
      '/api/v1/services': {
        get: {
          summary: 'Thủ tục hành chính, dịch vụ công đã công bố, theo lĩnh vực rồi tên (cổng gốc: của mọi đơn vị)',
          parameters: [
            ...paging,
            { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Từ trong tên hoặc mã thủ tục (không phân biệt dấu)' },
            { name: 'field', in: 'query', schema: { type: 'string' }, description: 'Lĩnh vực, đúng như ghi trên thủ tục' },
            { name: 'level', in: 'query', schema: { type: 'string', enum: SERVICE_LEVELS }, description: 'FULL: toàn trình; PARTIAL: một phần; INFO: chỉ cung cấp thông tin' },
            { name: 'site', in: 'query', schema: { type: 'string' }, description: 'Chỉ trên cổng gốc: mã hoặc tên miền của một đơn vị' },
          ],
          responses: { 200: json(list('#/components/schemas/Service')), 400: error },
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
        Document: {
          type: 'object',
          required: ['slug', 'number', 'type', 'issuer', 'signer', 'issuedAt', 'effectiveAt', 'status', 'summary', 'field', 'files', 'url'],
          properties: {
            slug: { type: 'string' },
            lang: { type: 'string', enum: ['vi', 'en'] },
            number: { type: 'string', description: 'Số ký hiệu', examples: ['12/2024/QĐ-UBND'] },
            type: { type: 'string', enum: DOCUMENT_TYPE_CODES },
            typeLabel: { type: 'string', examples: ['Quyết định'] },
            issuer: { type: 'string', description: 'Cơ quan ban hành' },
            signer: { type: ['string', 'null'], description: 'Người ký' },
            issuedAt: { type: 'string', format: 'date' },
            effectiveAt: { type: ['string', 'null'], format: 'date' },
            expiresAt: { type: ['string', 'null'], format: 'date' },
            status: { type: 'string', enum: LEGAL_STATUS_CODES, description: 'Tình trạng hiệu lực tại ngày hôm nay' },
            statusLabel: { type: 'string', examples: ['Còn hiệu lực'] },
            summary: { type: 'string', description: 'Trích yếu' },
            field: { type: ['string', 'null'], description: 'Lĩnh vực' },
            publishedAt: { type: 'string', format: 'date-time' },
            files: {
              type: 'array',
              items: { type: 'object', required: ['name', 'mimeType', 'size', 'url'], properties: { name: { type: 'string' }, mimeType: { type: 'string' }, size: { type: 'integer', description: 'byte' }, url: { type: 'string', format: 'uri' } } },
            },
            site: { type: 'object', properties: { host: { type: 'string' }, name: { type: 'string' } } },
            url: { type: 'string', format: 'uri' },
          },
        },
        DocumentLink: {
          type: 'object',
          properties: { slug: { type: 'string' }, number: { type: 'string' }, typeLabel: { type: 'string' }, summary: { type: 'string' }, url: { type: 'string', format: 'uri' } },
        },
        DocumentDetail: {
          allOf: [
            { $ref: '#/components/schemas/Document' },
            {
              type: 'object',
              properties: {
                updatedAt: { type: 'string', format: 'date-time' },
                bodyHtml: { type: ['string', 'null'] },
                replacedBy: { oneOf: [{ $ref: '#/components/schemas/DocumentLink' }, { type: 'null' }], description: 'Văn bản thay thế (chỉ khi đã công bố)' },
                replaces: { type: 'array', items: { $ref: '#/components/schemas/DocumentLink' } },
                related: { type: 'array', items: { $ref: '#/components/schemas/DocumentLink' } },
              },
            },
          ],
        },
        SearchHit: {
          type: 'object',
          required: ['type', 'slug', 'title', 'excerpt', 'site', 'date', 'url'],
          properties: {
            type: { type: 'string', enum: SEARCH_SOURCES.map((s) => s.type) },
            typeLabel: { type: 'string' },
            slug: { type: 'string' },
            lang: { type: 'string', enum: ['vi', 'en'] },
            title: { type: 'string' },
            excerpt: { type: 'string', description: 'Đoạn trích dạng HTML đã thoát ký tự, từ khớp nằm trong <mark>' },
            site: { type: 'object', properties: { host: { type: 'string' }, name: { type: 'string' } } },
            date: { type: ['string', 'null'], format: 'date-time' },
            url: { type: 'string', format: 'uri' },
            exactNumber: { type: 'boolean', description: 'Số ký hiệu trùng khớp chính xác với số trong từ khóa' },
          },
        },
        Service: {
          type: 'object',
          required: ['slug', 'code', 'name', 'field', 'level', 'site', 'url'],
          properties: {
            slug: { type: 'string' },
            code: { type: 'string', description: 'Mã thủ tục', examples: ['1.001193'] },
            name: { type: 'string' },
            field: { type: 'string', description: 'Lĩnh vực', examples: ['Hộ tịch'] },
            level: { type: 'string', enum: SERVICE_LEVELS },
            levelLabel: { type: 'string', examples: ['Toàn trình'] },
            implementingBody: { type: 'string', description: 'Cơ quan thực hiện' },
            onlineUrl: { type: ['string', 'null'], format: 'uri', description: 'Nơi nộp hồ sơ trực tuyến' },
            publishedAt: { type: 'string', format: 'date-time' },
            site: { type: 'object', properties: { host: { type: 'string' }, name: { type: 'string' }, code: { type: 'string' } } },
            url: { type: 'string', format: 'uri', description: 'Trang thủ tục trên tên miền của đơn vị' },
          },
        },
        ArticleDetail: {
          allOf: [{ $ref: '#/components/schemas/Article' }, { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } }, updatedAt: { type: 'string', format: 'date-time' }, bodyHtml: { type: 'string' } } }],
        },
      },
    },
  };
}
