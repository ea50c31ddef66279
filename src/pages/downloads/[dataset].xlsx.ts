import { datasetDownloadRoute } from "../../site/datasetDownloadRoute.ts";

/** One XLSX download per dataset of the catalog, exactly the bytes checksummed on the dataset page. */
export const { getStaticPaths, GET } = datasetDownloadRoute("xlsx");
